export default "pj1\n44001Bristol\t1\n44003Kent\t1\n44005Newport\t1\n44007Providence\t1\n44009Washington\t1";
