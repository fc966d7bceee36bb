export default "pj1\n60010Eastern\t10\n60020Manu'a\t10\n60040Swains Island\t0\n60050Western\t10";
