// Under `concurrency`, an `if` clause after the last `for` runs inside each
// item's future: `seen.insert(..)` there mutates an outer set from many
// futures. rustc's error covers the item, element to the clause, as it
// covers the `async` block a `map` closure returns by hand.
use comprehensions::acomp;
use std::collections::HashSet;

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn run() {
    let urls = vec!["a.io", "b.io", "a.io"];
    let mut seen = HashSet::new();
    let _ = acomp![fetch(u).await for u in &urls if seen.insert(*u); concurrency = 2];
}

fn main() {
    let _ = run;
}
