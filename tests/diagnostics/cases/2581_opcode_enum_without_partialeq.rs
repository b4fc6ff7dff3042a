//! mistake: compared opcodes with `==` on an enum that does not derive `PartialEq`
//! offending: ins.op == Opcode::Jump
//! category: type
use comprehensions::comp;

#[derive(Debug, Clone, Copy)]
enum Opcode {
    LoadConst,
    Jump,
    Return,
}

struct Instr {
    op: Opcode,
    target: usize,
}

fn main() {
    let code = vec![
        Instr { op: Opcode::LoadConst, target: 0 },
        Instr { op: Opcode::Jump, target: 4 },
        Instr { op: Opcode::Return, target: 0 },
    ];
    let targets = comp![ins.target for ins in &code if ins.op == Opcode::Jump];
    println!("{targets:?}");
}
