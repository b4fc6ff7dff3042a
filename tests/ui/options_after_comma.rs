// Options separated from the clauses by a comma, as a Python call's keyword
// argument: one error on the comma that says `;`.
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
