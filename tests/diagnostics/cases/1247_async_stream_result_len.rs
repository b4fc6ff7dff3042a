//! mistake: `async for line in self.lines()` over a stream of `Result<String, io::Error>`, then `line.len()` as if each item were the `String`
//! offending: len
//! category: async
use comprehensions::acomp;
use futures::stream::{self, Stream};

struct Feed {
    data: Vec<String>,
}

impl Feed {
    fn lines(&self) -> impl Stream<Item = Result<String, std::io::Error>> + Unpin {
        stream::iter(self.data.clone().into_iter().map(Ok))
    }

    async fn lengths(&self) -> Vec<usize> {
        acomp![line.len() async for line in self.lines()]
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let f = Feed { data: vec!["one".into(), "three".into()] };
    println!("{:?}", f.lengths().await);
}
