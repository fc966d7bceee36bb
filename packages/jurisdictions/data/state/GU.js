export default "pj1\n66010Guam\t0";
