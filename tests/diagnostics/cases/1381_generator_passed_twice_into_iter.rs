//! mistake: the same generator handed to two functions taking `impl IntoIterator`, the second after the first consumed it
//! offending: names
//! category: ownership
use comprehensions::comp;

fn print_all(items: impl IntoIterator<Item = String>) {
    for s in items {
        println!("{s}");
    }
}

fn count_all(items: impl IntoIterator<Item = String>) -> usize {
    items.into_iter().count()
}

fn main() {
    let users = vec![("ann", 31), ("bob", 17)];
    let names = comp!((n.to_uppercase() for (n, _) in &users));
    print_all(names);
    println!("{}", count_all(names));
}
