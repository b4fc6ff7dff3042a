//! mistake: put `concurrency = 4` after a `,` at the end of the clauses instead of a `;`
//! offending: , concurrency
//! category: syntax
use comprehensions::acomp;

struct Chunk {
    origin: (i32, i32),
    tiles: Vec<u8>,
}

async fn load_chunk(origin: (i32, i32)) -> Chunk {
    Chunk { origin, tiles: vec![0; 16] }
}

async fn stream_world() {
    let coords = vec![(0, 0), (0, 1), (1, 0), (1, 1)];
    let chunks = acomp![load_chunk(c).await for c in coords, concurrency = 4];
    for ch in &chunks {
        println!("{:?}: {} tiles", ch.origin, ch.tiles.len());
    }
}

fn main() {
    futures::executor::block_on(stream_world());
}
