//! mistake: applied `?` to a validator that returns `bool`, expecting it to fail the whole pass
//! offending: is_valid_jump(ins, code.len())?
//! category: try
use comprehensions::comp;

#[derive(Debug)]
struct Instr {
    op: &'static str,
    target: usize,
}

#[derive(Debug)]
struct VerifyError(String);

fn is_valid_jump(ins: &Instr, len: usize) -> bool {
    ins.op != "JUMP" || ins.target < len
}

fn verify(code: &[Instr]) -> Result<Vec<&'static str>, VerifyError> {
    comp![{ is_valid_jump(ins, code.len())?; ins.op } for ins in code]
}

fn main() {
    let code = vec![Instr { op: "LOAD_CONST", target: 0 }, Instr { op: "JUMP", target: 9 }];
    println!("{:?}", verify(&code));
}
