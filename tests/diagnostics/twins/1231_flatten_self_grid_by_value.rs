//! mistake: Python's flatten `[x for row in self.grid for x in row]` in a `&self` method: `for row in self.grid` moves the field out of `self`
//! offending: self.grid
//! category: ownership

struct Image {
    grid: Vec<Vec<u8>>,
}

impl Image {
    fn pixels(&self) -> Vec<u8> {
        let mut out = Vec::new();
        for row in self.grid {
            for x in row {
                out.push(x);
            }
        }
        out
    }
}

fn main() {
    let img = Image { grid: vec![vec![0, 255], vec![128, 64]] };
    println!("{:?}", img.pixels());
}
