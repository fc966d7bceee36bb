export default "pj1\n15001Hawaii\t1\n15003Honolulu\t1\n15005Kalawao\t1\n15007Kauai\t1\n15009Maui\t1";
