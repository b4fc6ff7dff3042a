//! mistake: an `Rc` client (Python's shared session object) given to each `tokio::spawn`ed task
//! offending: get_user(Rc::clone(&client), id)
//! category: async
use std::rc::Rc;
use std::time::Duration;

struct Client {
    base: String,
}

async fn get_user(client: Rc<Client>, id: u32) -> String {
    tokio::time::sleep(Duration::from_millis(5)).await;
    format!("{}/users/{id}", client.base)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let client = Rc::new(Client { base: "https://api.example".to_string() });
    let mut tasks = Vec::new();
    for id in 1..=3 {
        tasks.push(tokio::spawn(get_user(Rc::clone(&client), id)));
    }
    for t in tasks {
        println!("{}", t.await.unwrap());
    }
}
