//! mistake: added a signed `i32` jump offset to the `usize` program counter
//! offending: pc + ins.offset
//! category: type
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
    let mut targets = Vec::new();
    for (pc, ins) in code.iter().enumerate() {
        if ins.conditional {
            targets.push(pc + ins.offset);
        }
    }
    println!("{targets:?}");
}
