// An eager `acomp!` inside `comp!`'s element or clauses: it awaits where it
// stands, which the synchronous `comp!` cannot; one error that says to make
// the outer one `acomp!` (rustc's E0728 by hand). As the first iterable,
// evaluated where the comprehension is written, it is fine.
use comprehensions::{acomp, comp};

async fn price(s: &str) -> usize {
    s.len()
}

async fn totals(orders: Vec<Vec<&str>>) -> Vec<Vec<usize>> {
    let sizes = comp![n * 2 for n in acomp![price(s).await for s in vec!["a", "bb"]]];
    println!("{sizes:?}");
    comp![acomp![price(s).await for s in o] for o in &orders]
}

fn main() {
    let _ = totals(vec![]);
}
