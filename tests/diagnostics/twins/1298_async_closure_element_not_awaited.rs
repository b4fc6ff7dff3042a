//! mistake: an async closure called in the loop without `.await`, the list annotated with the awaited type
//! offending: size_of(u)
//! category: async
use std::time::Duration;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let size_of = async |u: &str| {
        tokio::time::sleep(Duration::from_millis(1)).await;
        u.len()
    };
    let urls = vec!["a.io", "bbb.io"];
    let mut sizes: Vec<usize> = Vec::new();
    for u in urls.iter().copied() {
        sizes.push(size_of(u));
    }
    println!("{sizes:?}");
}
