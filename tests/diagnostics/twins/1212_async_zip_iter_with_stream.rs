//! mistake: `urls.iter().zip(bodies)` with a stream of bodies, in a loop
//! offending: zip(bodies)
//! category: async
use futures::stream;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let urls = vec!["/a", "/b"];
    let bodies = stream::iter(vec!["x".to_string(), "yy".to_string()]);
    let mut sizes = Vec::new();
    for (u, b) in urls.iter().zip(bodies) {
        sizes.push(format!("{u}: {}", b.len()));
    }
    println!("{sizes:?}");
}
