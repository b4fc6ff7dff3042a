//! mistake: uses a fallible `acomp!` (a `?` in its element) as the `Vec` in a `main` returning `Result`, without the `?` after the call
//! offending: names.len()
//! category: try
use comprehensions::acomp;
use futures::stream::{self, Stream};

#[derive(Debug)]
struct LoadError;

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "load failed")
    }
}

impl std::error::Error for LoadError {}

struct User {
    name: String,
}

async fn load(id: u32) -> Result<User, LoadError> {
    Ok(User { name: format!("user{id}") })
}

fn ids() -> impl Stream<Item = u32> {
    stream::iter(vec![1, 2, 3])
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let names = acomp![load(id).await?.name async for id in ids()];
    println!("loaded {} users", names.len());
    Ok(())
}
