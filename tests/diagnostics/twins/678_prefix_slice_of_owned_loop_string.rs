//! mistake: takes `&name[..3]` of each owned String the loop consumes, so the slices borrow values dropped each iteration
//! offending: &name[..3]
//! category: ownership

fn main() {
    let names = vec![String::from("January"), String::from("February"), String::from("March")];
    let mut short = Vec::new();
    for name in names {
        short.push(&name[..3]);
    }
    println!("{short:?}");
}
