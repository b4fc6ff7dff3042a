//! mistake: walked the bytecode with Python's `range(0, len, 2)` builtin
//! offending: range(0, code.len(), 2)
//! category: python-habit
fn main() {
    // opcode, operand, opcode, operand, ...
    let code: Vec<u8> = vec![100, 0, 90, 1, 101, 1, 83, 0];
    let mut pairs = Vec::new();
    for pc in range(0, code.len(), 2) {
        pairs.push((code[pc], code[pc + 1]));
    }
    println!("{pairs:?}");
}
