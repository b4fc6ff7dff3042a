use comprehensions::acomp;

async fn hits(page: u32) -> usize {
    page as usize
}

async fn resolve(doi: &str) -> usize {
    doi.len()
}

async fn run() {
    let xs = vec![1, 2, 3];
    let _ = acomp![x * 2 async for x in xs];
    // One error each: a `Vec` of data keeps its items' type (`&d` is a
    // `&String`, not a `str` inferred from this use and reported unsized at
    // each use of `d`); after `async for` over a `Vec` of futures the
    // element means their outputs, and the comprehension's type is left
    // unknown, not a `Vec` of futures reported again where it is printed.
    let dois = vec!["10.1/a".to_string()];
    let _ = acomp![resolve(&d).await async for d in dois];
    let pending = vec![hits(1), hits(2)];
    let found = acomp![n async for n in pending];
    println!("{found:?}");
}

fn main() {}
