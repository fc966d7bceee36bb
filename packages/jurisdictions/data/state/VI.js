export default "pj1\n78010St. Croix\t11\n78020St. John\t11\n78030St. Thomas\t11";
