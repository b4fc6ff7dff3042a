//! mistake: zips the URLs with a stream of bodies, `urls.iter().zip(bodies)`, as Python's `zip` would with a list: a `Stream` is not an `IntoIterator`
//! offending: zip(bodies)
//! category: async
use comprehensions::acomp;
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/b"];
    let bodies = stream::iter(vec!["x".to_string(), "yy".to_string()]);
    let sizes = acomp![format!("{u}: {}", b.len()) for (u, b) in urls.iter().zip(bodies)];
    println!("{sizes:?}");
}
