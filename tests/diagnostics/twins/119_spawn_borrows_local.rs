//! mistake: `tokio::spawn` on a future that borrows a local (Python's `create_task`) (hand-written)
struct Client {
    base: String,
}

async fn get(client: &Client, path: &str) -> String {
    format!("{}/{path}", client.base)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = Client { base: "https://api".into() };
    let paths = vec!["users", "posts"];
    let mut bodies = Vec::new();
    for p in paths {
        bodies.push(tokio::spawn(get(&client, p)).await.unwrap());
    }
    println!("{bodies:?}");
}
