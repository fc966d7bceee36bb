export default "pj1\n69100Rota\t6\n69110Saipan\t6\n69120Tinian\t6";
