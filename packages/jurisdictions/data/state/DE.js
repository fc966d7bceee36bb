export default "pj1\n10001Kent\t1\n10003New Castle\t1\n10005Sussex\t1";
