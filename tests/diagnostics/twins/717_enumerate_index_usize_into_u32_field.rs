//! mistake: stores `enumerate`'s `usize` index plus one in a `u32` line-number field
//! offending: i + 1
//! category: type
#[derive(Debug)]
struct Line {
    no: u32,
    text: String,
}

fn main() {
    let log = "boot\nready\nshutdown";
    let mut lines = Vec::new();
    for (i, t) in log.lines().enumerate() {
        lines.push(Line { no: i + 1, text: t.to_string() });
    }
    println!("{lines:?}");
}
