use comprehensions::comp;

struct Track {
    plays: u64,
    genre: &'static str,
}

impl Track {
    fn bump(&mut self) -> u64 {
        self.plays += 1;
        self.plays
    }
}

fn main() {
    let tracks = vec![Track { plays: 1, genre: "jazz" }];
    // A write through an item of `&tracks`: rustc's help for the loop by
    // hand, "use a mutable iterator instead", `&mut tracks`.
    let _: Vec<u64> = comp![{ t.plays += 1; t.plays } for t in &tracks if t.genre == "jazz"];
    let _: Vec<u64> = comp![t.bump() for t in &tracks if t.plays > 0];
    let _: Vec<u64> = comp![t.bump() for g in ["jazz"] for t in &tracks if t.genre == g];
}
