//! mistake: filters out empty fields with `f != ''`, Python's empty string in single quotes, an empty char literal in Rust
//! offending: ''
//! category: python-habit

fn main() {
    let row = "a,,b,c,,";
    let mut fields = Vec::new();
    for f in row.split(',') {
        if f != '' {
            fields.push(f);
        }
    }
    println!("{fields:?}");
}
