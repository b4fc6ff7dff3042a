//! mistake: moved a non-`Copy` endpoint out of the vector by indexing it
//! offending: endpoints[i]
//! category: ownership

#[derive(Debug)]
struct Endpoint {
    url: String,
}

fn main() {
    let endpoints = vec![Endpoint { url: "a".into() }, Endpoint { url: "b".into() }, Endpoint { url: "c".into() }];
    let mut shard: Vec<Endpoint> = Vec::new();
    for i in 0..endpoints.len() {
        if i % 2 == 0 {
            shard.push(endpoints[i]);
        }
    }
    println!("{shard:?}");
}
