//! mistake: parsed user ids from a `/invite` command without saying what to parse into
//! offending: parse
//! category: type
fn main() {
    let command = "/invite 17 42 99";
    let ids: Vec<_> = command.split(' ').skip(1).map(|tok| tok.parse().unwrap()).collect();
    println!("inviting {} users", ids.len());
}
