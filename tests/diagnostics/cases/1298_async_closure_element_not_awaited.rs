//! mistake: an async closure called in the element without `.await`, the list annotated with the awaited type
//! offending: size_of(u)
//! category: async
use comprehensions::acomp;
use std::time::Duration;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let size_of = async |u: &str| {
        tokio::time::sleep(Duration::from_millis(1)).await;
        u.len()
    };
    let urls = vec!["a.io", "bbb.io"];
    let sizes: Vec<usize> = acomp![size_of(u) for u in urls.iter().copied()];
    println!("{sizes:?}");
}
