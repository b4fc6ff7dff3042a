//! mistake: a dict comprehension written with `=>` between key and value (a PHP/Ruby/`match` habit)
//! offending: =>
//! category: syntax
use comprehensions::comp;

fn main() {
    let rows = vec![("ann", 9), ("bob", 7)];
    let scores = comp!({name => score for (name, score) in rows});
    println!("{scores:?}");
}
