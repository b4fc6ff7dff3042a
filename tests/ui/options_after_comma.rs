// Options written as a Python call's keyword arguments: separated from the
// clauses by a comma (one error on the comma that says `;`), a flag given a
// value (`unordered = true`: one error on the `=`).
use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

async fn run() {
    let urls = vec!["a", "bb"];
    let _ = acomp![fetch(u).await for u in &urls, concurrency = 4];
    let _ = acomp![fetch(u).await for u in &urls if u.len() > 1, unordered];
}

fn main() {
    let _ = run();
}

async fn flag_with_a_value() {
    let urls = vec!["a", "bb"];
    // A flag given a value, as a Python keyword argument.
    let _ = acomp![fetch(u).await for u in &urls; concurrency = 8, unordered = true];
}
