//! mistake: summed each album's track durations with Python's builtin `sum(..)` over a generator
//! offending: sum
//! category: python-habit
#[derive(Debug, Clone)]
struct Track {
    title: String,
    artist: String,
    album_artist: Option<String>,
    genre: String,
    year: u16,
    duration_secs: u32,
    plays: u64,
    rating: f32,
    explicit: bool,
    tags: Vec<String>,
}

fn track(title: &str, artist: &str, genre: &str, year: u16, duration_secs: u32, plays: u64) -> Track {
    Track {
        title: title.to_string(),
        artist: artist.to_string(),
        album_artist: if artist == "Various" { None } else { Some(artist.to_string()) },
        genre: genre.to_string(),
        year,
        duration_secs,
        plays,
        rating: (plays % 5) as f32 + 0.5,
        explicit: title.contains("Android"),
        tags: if plays > 100 { vec!["favourite".to_string(), genre.to_lowercase()] } else { vec![] },
    }
}

fn library() -> Vec<Track> {
    vec![
        track("Blue in Green", "Miles Davis", "Jazz", 1959, 337, 120),
        track("Paranoid Android", "Radiohead", "Rock", 1997, 383, 450),
        track("Windowlicker", "Aphex Twin", "Electronic", 1999, 367, 0),
        track("Jingle Bell Rock", "Various", "Holiday", 1957, 130, 12),
    ]
}

struct Album {
    name: String,
    tracks: Vec<Track>,
}

fn main() {
    let albums = vec![
        Album { name: "Mixed".to_string(), tracks: library() },
        Album { name: "Single".to_string(), tracks: library().into_iter().take(1).collect() },
    ];
    let runtimes: Vec<(String, u32)> = albums
        .iter()
        .map(|a| (a.name.clone(), sum(a.tracks.iter().map(|t| t.duration_secs))))
        .collect();
    println!("{runtimes:?}");
}
