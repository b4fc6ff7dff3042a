//! mistake: converted digit characters to numbers with C's `c - '0'`
//! offending: c - '0'
//! category: type
fn main() {
    let literal = "80386";
    let digits: Vec<u32> = literal.chars().filter(|c| c.is_ascii_digit()).map(|c| c - '0').collect();
    println!("{digits:?}");
}
