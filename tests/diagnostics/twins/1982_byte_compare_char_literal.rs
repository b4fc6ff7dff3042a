//! mistake: compared each byte of `line.bytes()` with the char literal `','` instead of the byte literal `b','`
//! offending: ','
//! category: type
fn main() {
    let line = "a,b,,c";
    let mut comma_positions: Vec<usize> = Vec::new();
    for (i, b) in line.bytes().enumerate() {
        if b == ',' {
            comma_positions.push(i);
        }
    }
    println!("{comma_positions:?}");
}
