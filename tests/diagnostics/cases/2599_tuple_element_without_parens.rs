//! mistake: wrote a tuple element `pc, ins.op` without parentheses, as Python 2 allowed
//! offending: pc, ins.op
//! category: syntax
use comprehensions::comp;

struct Instr {
    op: &'static str,
    line: u32,
}

fn main() {
    let code = vec![Instr { op: "LOAD_FAST", line: 1 }, Instr { op: "RETURN_VALUE", line: 2 }];
    let listing = comp![pc, ins.op for (pc, ins) in code.iter().enumerate() if ins.line > 0];
    println!("{listing:?}");
}
