//! mistake: built the 'Artist - Title' label with a Python f-string
//! offending: f"{t.artist} - {t.title}"
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

fn main() {
    let tracks = library();
    let labels: Vec<String> = tracks.iter().filter(|t| t.plays > 0).map(|t| f"{t.artist} - {t.title}").collect();
    for l in &labels {
        println!("now playing: {l}");
    }
}
