//! mistake: converted an operand to text with Python's `str(..)`
//! offending: str(ins.arg)
//! category: python-habit
use comprehensions::comp;

struct Instr {
    op: &'static str,
    arg: u32,
}

fn main() {
    let code = vec![
        Instr { op: "LOAD_CONST", arg: 0 },
        Instr { op: "LOAD_NAME", arg: 3 },
        Instr { op: "CALL", arg: 1 },
    ];
    let listing: Vec<String> = comp![ins.op.to_string() + " " + &str(ins.arg) for ins in &code];
    println!("{}", listing.join("\n"));
}
