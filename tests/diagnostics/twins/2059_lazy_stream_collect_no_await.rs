//! mistake: collected the lazy chunk stream with `StreamExt::collect()` and forgot to `.await` it
//! offending: collect()
//! category: async
use futures::stream::{self, StreamExt};

struct Chunk {
    origin: (i32, i32),
    tiles: Vec<u8>,
}

async fn load_chunk(origin: (i32, i32)) -> Chunk {
    Chunk { origin, tiles: vec![0; 16] }
}

async fn stream_world() {
    let coords = vec![(0, 0), (0, 1), (1, 0)];
    let chunks: Vec<Chunk> = stream::iter(coords).then(load_chunk).collect();
    for ch in &chunks {
        println!("{:?}: {} tiles", ch.origin, ch.tiles.len());
    }
}

fn main() {
    futures::executor::block_on(stream_world());
}
