//! mistake: `tokio::spawn` on a future that borrows a local (Python's `create_task`)
//! offending: &client
//! category: async
use comprehensions::acomp;

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
    let bodies = acomp![tokio::spawn(get(&client, p)).await.unwrap() for p in paths];
    println!("{bodies:?}");
}
