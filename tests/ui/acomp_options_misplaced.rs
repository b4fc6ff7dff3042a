use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

async fn run() {
    let urls = vec!["a", "bb"];
    // The options before the clauses.
    let _ = acomp![fetch(u).await; concurrency = 4 for u in &urls];
    // A comparison where the option is set.
    let _ = acomp![fetch(u).await for u in &urls; concurrency == 4];
}

fn main() {
    let _ = run();
}
