//! mistake: polled `&self.events`, a shared reference to a stream, where polling needs `&mut`
//! offending: events.next()
//! category: async
use futures::stream::{self, BoxStream, StreamExt};

struct Feed {
    events: BoxStream<'static, u32>,
}

impl Feed {
    async fn drain_even(&mut self) -> Vec<u32> {
        let mut out = Vec::new();
        let events = &self.events;
        while let Some(e) = events.next().await {
            if e % 2 == 0 {
                out.push(e);
            }
        }
        out
    }
}

fn main() {
    let mut f = Feed { events: stream::iter(vec![1, 2, 4]).boxed() };
    println!("{:?}", futures::executor::block_on(f.drain_even()));
}
