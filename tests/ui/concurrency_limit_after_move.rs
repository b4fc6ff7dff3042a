// N is evaluated after the first iterable (SPEC): `urls` moved by the
// `for` cannot give `concurrency = urls.len()`; rustc's use-after-move is
// on N's `urls`, with the move shown on the iterable.
use comprehensions::acomp;

async fn fetch(url: &str) -> usize {
    url.len()
}

async fn sizes() -> Vec<usize> {
    let urls = vec!["a.org".to_string(), "b.org".to_string()];
    acomp![fetch(&u).await for u in urls; concurrency = urls.len()]
}

fn main() {
    let _ = sizes();
}
