//! mistake: added a signed `i32` jump offset to the `usize` program counter
//! offending: pc + ins.offset
//! category: type
use comprehensions::comp;

struct Branch {
    offset: i32,
    conditional: bool,
}

fn main() {
    let code = vec![
        Branch { offset: 3, conditional: true },
        Branch { offset: -1, conditional: false },
        Branch { offset: 2, conditional: true },
    ];
    let targets = comp![pc + ins.offset for (pc, ins) in code.iter().enumerate() if ins.conditional];
    println!("{targets:?}");
}
