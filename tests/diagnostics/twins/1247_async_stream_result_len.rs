//! mistake: `while let Some(line) = lines.next().await` over a stream of `Result<String, io::Error>`, then `line.len()` as if each item were the `String`
//! offending: len
//! category: async
use futures::stream::{self, Stream, StreamExt};

struct Feed {
    data: Vec<String>,
}

impl Feed {
    fn lines(&self) -> impl Stream<Item = Result<String, std::io::Error>> + Unpin {
        stream::iter(self.data.clone().into_iter().map(Ok))
    }

    async fn lengths(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut lines = self.lines();
        while let Some(line) = lines.next().await {
            out.push(line.len());
        }
        out
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let f = Feed { data: vec!["one".into(), "three".into()] };
    println!("{:?}", f.lengths().await);
}
