export default "pj1\n11001District of Columbia\t0";
