//! mistake: keeps the words of a `read_line` buffer across iterations of a REPL loop and clears the buffer they borrow
//! offending: buf.clear()
//! category: ownership
use comprehensions::comp;
use std::io::BufRead;

fn main() {
    let input = b"add milk\nadd eggs\nlist\n";
    let mut reader = std::io::BufReader::new(&input[..]);
    let mut buf = String::new();
    let mut history = Vec::new();
    while reader.read_line(&mut buf).unwrap() > 0 {
        let words = comp![w for w in buf.split_whitespace()];
        history.push(words);
        buf.clear();
    }
    println!("{history:?}");
}
