//! mistake: walked the bytecode with Python's `range(0, len, 2)` builtin
//! offending: range(0, code.len(), 2)
//! category: python-habit
use comprehensions::comp;

fn main() {
    // opcode, operand, opcode, operand, ...
    let code: Vec<u8> = vec![100, 0, 90, 1, 101, 1, 83, 0];
    let pairs = comp![(code[pc], code[pc + 1]) for pc in range(0, code.len(), 2)];
    println!("{pairs:?}");
}
