use comprehensions::{acomp, comp};

async fn body(u: &str) -> String {
    format!("{u} a b")
}

async fn words(urls: Vec<&str>) -> Vec<usize> {
    // Python: [sum(1 for w in (await body(u)).split()) for u in urls]
    acomp![comp!((1 for _w in body(u).await.split_whitespace())).sum::<usize>() for u in urls]
}

fn main() {
    let _ = words(Vec::new());
}
