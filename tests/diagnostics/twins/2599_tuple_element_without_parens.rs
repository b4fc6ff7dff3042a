//! mistake: wrote a tuple element `pc, ins.op` without parentheses, as Python 2 allowed
//! offending: pc, ins.op
//! category: syntax
struct Instr {
    op: &'static str,
    line: u32,
}

fn main() {
    let code = vec![Instr { op: "LOAD_FAST", line: 1 }, Instr { op: "RETURN_VALUE", line: 2 }];
    let listing: Vec<_> = code.iter().enumerate().filter(|(_, ins)| ins.line > 0).map(|(pc, ins)| pc, ins.op).collect();
    println!("{listing:?}");
}
