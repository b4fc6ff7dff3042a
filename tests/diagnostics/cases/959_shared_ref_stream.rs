//! mistake: `async for` over `&self.events`, a shared reference to a stream, where polling needs `&mut`
//! offending: &self.events
//! category: async
use comprehensions::acomp;
use futures::stream::{self, BoxStream, StreamExt};

struct Feed {
    events: BoxStream<'static, u32>,
}

impl Feed {
    async fn drain_even(&mut self) -> Vec<u32> {
        acomp![e async for e in &self.events if e % 2 == 0]
    }
}

fn main() {
    let mut f = Feed { events: stream::iter(vec![1, 2, 4]).boxed() };
    println!("{:?}", futures::executor::block_on(f.drain_even()));
}
