//! mistake: converted an operand to text with Python's `str(..)`
//! offending: str(ins.arg)
//! category: python-habit
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
    let mut listing: Vec<String> = Vec::new();
    for ins in &code {
        listing.push(ins.op.to_string() + " " + &str(ins.arg));
    }
    println!("{}", listing.join("\n"));
}
