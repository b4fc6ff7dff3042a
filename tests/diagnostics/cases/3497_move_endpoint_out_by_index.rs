//! mistake: moved a non-`Copy` endpoint out of the vector by indexing it
//! offending: endpoints[i]
//! category: ownership
use comprehensions::comp;

#[derive(Debug)]
struct Endpoint {
    url: String,
}

fn main() {
    let endpoints = vec![Endpoint { url: "a".into() }, Endpoint { url: "b".into() }, Endpoint { url: "c".into() }];
    let shard: Vec<Endpoint> = comp![endpoints[i] for i in 0..endpoints.len() if i % 2 == 0];
    println!("{shard:?}");
}
